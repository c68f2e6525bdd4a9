using System.Globalization;
using System.Reflection;
using Platform.Contracts;

namespace Platform.Rules.Tests;

// The provisions decisions and refusals cite, and how users see a reference not yet verified.
public sealed partial class RuleCatalogueTests
{
    public static TheoryData<string, string, string> Provisions => new()
    {
        { LegalProvisionIds.Investigation, "2025-06-30", "11 kap. 1 § SoL (2001:453)" },
        { LegalProvisionIds.Investigation, "2025-07-01", "SoL (2025:400), motsvarande 11 kap. 1 § SoL (2001:453) (unverified)" },
        { LegalProvisionIds.InitialAssessment, "2025-06-30", "11 kap. 1 a § SoL (2001:453)" },
        { LegalProvisionIds.InitialAssessment, "2025-07-01", "20 kap. 2 § SoL (2025:400)" },
        { LegalProvisionIds.ViolenceByCloseRelative, "2025-06-30", "6 kap. 1 § SOSFS 2014:4" },
        { LegalProvisionIds.ViolenceByCloseRelative, "2026-12-01", "6 kap. 1 § SOSFS 2014:4 (unverified)" },
        { LegalProvisionIds.Forwarding, "2025-06-30", "2 a kap. 1 § SoL (2001:453) (unverified)" },
        { LegalProvisionIds.DelegationOrder, "2026-12-01", "6 kap. 37 § KL (2017:725)" },
        { LegalProvisionIds.SubDelegation, "2026-12-01", "7 kap. 6 § KL (2017:725)" },
        { LegalProvisionIds.UrgentChairDecision, "2026-12-01", "6 kap. 39 § KL (2017:725)" },
        { LegalProvisionIds.QualifiedStaff, "2026-12-01", "SoL (2025:400), motsvarande 3 kap. 3 a § SoL (2001:453) (unverified)" },
    };

    [Theory]
    [MemberData(nameof(Provisions))]
    public void Given_a_provision_and_a_date_When_it_is_shown_Then_it_cites_the_act_of_that_date_and_says_when_it_is_unverified(
        string provisionId, string on, string expectedDisplay)
    {
        // Act
        var reference = RuleCatalogue.Provision(provisionId, DateOnly.Parse(on, CultureInfo.InvariantCulture));

        // Assert
        Assert.Equal(expectedDisplay, reference.Display);
    }

    [Fact]
    public void Given_the_provision_ids_When_each_is_asked_for_Then_every_one_has_a_text()
    {
        // Arrange
        var ids = typeof(LegalProvisionIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!);

        // Act
        var texts = ids.Select(id => RuleCatalogue.Provision(id, new DateOnly(2026, 12, 1)).Text);

        // Assert
        Assert.All(texts, text => Assert.False(string.IsNullOrWhiteSpace(text)));
    }
}
