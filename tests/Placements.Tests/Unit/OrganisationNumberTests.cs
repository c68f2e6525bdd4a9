extern alias placements;

using placements::Placements.Domain.Placements;

namespace Placements.Tests.Unit;

public sealed class OrganisationNumberTests
{
    [Theory]
    [InlineData("556036-0793", "5560360793")]
    [InlineData("5560360793", "5560360793")]
    [InlineData("16556036-0793", "5560360793")]
    [InlineData("802000-0009", "8020000009")]
    public void Given_a_valid_organisation_number_When_normalised_Then_its_ten_digits_are_kept(string text, string expected) =>
        Assert.Equal(expected, OrganisationNumber.Normalise(text));

    [Theory]
    [InlineData("556036-0794")]
    [InlineData("551036-0793")]
    [InlineData("55603607")]
    [InlineData("556036-079X")]
    public void Given_a_wrong_check_digit_length_or_form_When_normalised_Then_it_is_refused(string text) =>
        Assert.Null(OrganisationNumber.Normalise(text));
}
