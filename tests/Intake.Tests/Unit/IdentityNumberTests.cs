using Intake.Domain.Identity;
using Platform.Contracts.Intake;

namespace Intake.Tests.Unit;

public sealed class IdentityNumberTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Theory]
    [InlineData("198112189876")]
    [InlineData("19811218-9876")]
    [InlineData("8112189876")]
    [InlineData("811218-9876")]
    [InlineData(" 811218-9876 ")]
    public void Given_any_written_form_of_a_personnummer_When_parsed_Then_it_is_the_same_twelve_digits(string text)
    {
        // Act
        var parsed = IdentityNumber.TryParse(text, Today, out var number, out var error);

        // Assert
        Assert.True(parsed, error);
        Assert.Equal("198112189876", number!.Digits);
        Assert.Equal(new DateOnly(1981, 12, 18), number.BirthDate);
        Assert.Equal(LegalGender.Male, number.Gender);
        Assert.False(number.IsCoordinationNumber);
        Assert.Equal(44, number.AgeOn(Today));
    }

    [Fact]
    public void Given_an_even_second_last_digit_When_parsed_Then_the_legal_gender_is_female()
    {
        // Act
        IdentityNumber.TryParse("150305-1243", Today, out var number, out _);

        // Assert
        Assert.Equal(LegalGender.Female, number!.Gender);
        Assert.Equal(new DateOnly(2015, 3, 5), number.BirthDate);
    }

    [Theory]
    [InlineData("811218-9875")]
    [InlineData("19811218-9870")]
    [InlineData("7010632390")]
    public void Given_a_wrong_check_digit_When_parsed_Then_it_is_refused(string text)
    {
        // Act
        var parsed = IdentityNumber.TryParse(text, Today, out var number, out var error);

        // Assert
        Assert.False(parsed);
        Assert.Null(number);
        Assert.Contains("check digit", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("810230-1234")]
    [InlineData("900229-1236")]
    [InlineData("811292-1237")]
    public void Given_a_date_that_does_not_exist_When_parsed_Then_it_is_refused(string text)
    {
        // Act
        var parsed = IdentityNumber.TryParse(text, Today, out _, out var error);

        // Assert
        Assert.False(parsed);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_29_february_of_a_leap_year_When_parsed_Then_it_is_accepted()
    {
        // Act
        var parsed = IdentityNumber.TryParse("120229-1231", Today, out var number, out _);

        // Assert
        Assert.True(parsed);
        Assert.Equal(new DateOnly(2012, 2, 29), number!.BirthDate);
    }

    [Fact]
    public void Given_a_samordningsnummer_When_parsed_Then_the_day_minus_60_is_the_birth_date()
    {
        // Act
        var parsed = IdentityNumber.TryParse("701063-2391", Today, out var number, out var error);

        // Assert
        Assert.True(parsed, error);
        Assert.True(number!.IsCoordinationNumber);
        Assert.Equal(new DateOnly(1970, 10, 3), number.BirthDate);
        Assert.Equal("197010632391", number.Digits);
    }

    [Fact]
    public void Given_a_plus_separator_When_parsed_Then_the_person_is_a_century_older()
    {
        // Act
        var parsed = IdentityNumber.TryParse("201218+1232", Today, out var number, out var error);

        // Assert
        Assert.True(parsed, error);
        Assert.Equal(new DateOnly(1920, 12, 18), number!.BirthDate);
        Assert.Equal(105, number.AgeOn(Today));
    }

    [Fact]
    public void Given_a_plus_separator_on_twelve_digits_of_someone_under_100_When_parsed_Then_it_is_refused()
    {
        // Act
        var parsed = IdentityNumber.TryParse("20201218+1232", Today, out _, out var error);

        // Assert
        Assert.False(parsed);
        Assert.Contains("100", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("151218-1239", 2015)]
    [InlineData("991218-1238", 1999)]
    [InlineData("260101-1238", 2026)]
    public void Given_ten_digits_with_a_minus_When_parsed_Then_the_century_is_the_latest_not_in_the_future(string text, int year)
    {
        // Act
        IdentityNumber.TryParse(text, Today, out var number, out _);

        // Assert
        Assert.Equal(year, number!.BirthDate.Year);
    }

    [Fact]
    public void Given_a_birth_date_in_the_future_When_parsed_Then_it_is_refused()
    {
        // Act
        var parsed = IdentityNumber.TryParse("20301218-1230", Today, out _, out var error);

        // Assert
        Assert.False(parsed);
        Assert.Contains("future", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("81121898")]
    [InlineData("811218_9876")]
    [InlineData("8112189876x")]
    [InlineData("1981121898761")]
    [InlineData("811218--9876")]
    public void Given_something_not_shaped_like_a_number_When_parsed_Then_it_is_refused_without_echoing_it(string? text)
    {
        // Act
        var parsed = IdentityNumber.TryParse(text, Today, out _, out var error);

        // Assert
        Assert.False(parsed);
        Assert.DoesNotContain("8112", error, StringComparison.Ordinal);
    }
}
