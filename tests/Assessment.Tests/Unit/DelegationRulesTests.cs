using Platform.BuildingBlocks.Authorization;
using Platform.BuildingBlocks.Delegation;
using Platform.Contracts.Assessment;
using Platform.Contracts.Delegation;

namespace Assessment.Tests.Unit;

public sealed class DelegationRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private static Decider Caseworker(bool qualified = true, string id = "u1") => new(id, "Anna", "handlaggare", qualified);

    private static SubDelegation DoNotOpenForCaseworkers(DateOnly? reported = null, string? onlyUser = null) => new()
    {
        Id = Guid.NewGuid(),
        Decision = DecisionType.DoNotOpen,
        DelegateRole = "handlaggare",
        DelegateUserId = onlyUser,
        ValidFrom = new DateOnly(2026, 11, 1),
        ValidTo = new DateOnly(2026, 11, 30),
        DecisionReference = "SN 2026/117",
        DecidedOn = new DateOnly(2026, 10, 28),
        ReportedToCommitteeOn = reported ?? new DateOnly(2026, 11, 5),
    };

    /// <summary>The Eskilstuna order of DOMAIN.md §3, as a committee might decide it; "do not open" may be sub-delegated.</summary>
    private static readonly DelegationOrder Eskilstuna = DelegationOrderJson.FromGrants(
    [
        new DelegationGrant(DecisionType.OpenInvestigation, ["handlaggare", "teamledare", "enhetschef"]),
        new DelegationGrant(DecisionType.DoNotOpen, ["teamledare", "enhetschef"], MayBeSubDelegated: true),
        new DelegationGrant(DecisionType.ExtendAssessment, ["enhetschef"]),
    ]);

    private static DelegationVerdict Check(DecisionType decision, Decider decider, params SubDelegation[] subs) =>
        DelegationRules.Check((Eskilstuna, 3), subs, decision, decider, Now);

    [Fact]
    public void Given_the_order_When_a_qualified_caseworker_opens_an_investigation_Then_it_is_allowed_by_the_order()
    {
        // Act
        var verdict = Check(DecisionType.OpenInvestigation, Caseworker());

        // Assert
        Assert.True(verdict.Allowed);
        Assert.Equal(DelegationBasis.DelegationOrder, verdict.Basis);
    }

    [Fact]
    public void Given_the_order_When_a_caseworker_decides_not_to_open_Then_the_delegation_rule_refuses()
    {
        // Act
        var verdict = Check(DecisionType.DoNotOpen, Caseworker());

        // Assert
        Assert.False(verdict.Allowed);
        Assert.Equal("delegation-order:do-not-open", verdict.RefusedBy);
    }

    [Theory]
    [InlineData("teamledare")]
    [InlineData("enhetschef")]
    public void Given_the_order_When_a_manager_decides_not_to_open_Then_it_is_allowed(string role)
    {
        // Act
        var verdict = Check(DecisionType.DoNotOpen, new Decider("m1", "Maria", role, true));

        // Assert
        Assert.True(verdict.Allowed);
    }

    [Fact]
    public void Given_the_order_When_an_unqualified_caseworker_opens_an_investigation_Then_the_qualification_rule_refuses()
    {
        // Act
        var verdict = Check(DecisionType.OpenInvestigation, Caseworker(qualified: false));

        // Assert
        Assert.False(verdict.Allowed);
        Assert.Equal(AccessRules.QualifiedStaff, verdict.RefusedBy);
    }

    [Theory]
    [InlineData("handlaggare", false)]
    [InlineData("teamledare", false)]
    [InlineData("enhetschef", true)]
    public void Given_the_order_When_extending_Then_only_a_unit_manager_or_above_may(string role, bool allowed)
    {
        // Act
        var verdict = Check(DecisionType.ExtendAssessment, new Decider("x", "X", role, true));

        // Assert
        Assert.Equal(allowed, verdict.Allowed);
    }

    [Fact]
    public void Given_a_sub_delegation_in_force_When_a_caseworker_decides_not_to_open_Then_it_is_allowed_on_that_basis()
    {
        // Arrange
        var sub = DoNotOpenForCaseworkers();

        // Act
        var verdict = Check(DecisionType.DoNotOpen, Caseworker(), sub);

        // Assert
        Assert.True(verdict.Allowed);
        Assert.Equal(DelegationBasis.SubDelegation, verdict.Basis);
        Assert.Equal(sub.Id, verdict.SubDelegationId);
    }

    [Fact]
    public void Given_a_sub_delegation_not_reported_to_the_committee_When_relied_on_Then_it_does_not_count()
    {
        // Arrange
        var sub = DoNotOpenForCaseworkers();
        sub.ReportedToCommitteeOn = null;

        // Act
        var verdict = Check(DecisionType.DoNotOpen, Caseworker(), sub);

        // Assert
        Assert.False(verdict.Allowed);
    }

    [Fact]
    public void Given_a_sub_delegation_reported_only_after_today_When_relied_on_Then_it_does_not_count_yet()
    {
        // Act
        var verdict = Check(DecisionType.DoNotOpen, Caseworker(), DoNotOpenForCaseworkers(reported: new DateOnly(2026, 11, 25)));

        // Assert
        Assert.False(verdict.Allowed);
    }

    [Fact]
    public void Given_a_sub_delegation_whose_period_has_ended_When_relied_on_Then_it_does_not_count()
    {
        // Act
        var verdict = DelegationRules.Check((Eskilstuna, 3), [DoNotOpenForCaseworkers()], DecisionType.DoNotOpen, Caseworker(),
            new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

        // Assert
        Assert.False(verdict.Allowed);
    }

    [Fact]
    public void Given_a_revoked_sub_delegation_When_relied_on_after_the_revocation_Then_it_does_not_count()
    {
        // Arrange
        var sub = DoNotOpenForCaseworkers();
        sub.RevokedAt = Now.AddHours(-1);

        // Act
        var verdict = Check(DecisionType.DoNotOpen, Caseworker(), sub);

        // Assert
        Assert.False(verdict.Allowed);
    }

    [Fact]
    public void Given_a_sub_delegation_to_one_person_When_a_colleague_in_the_same_role_relies_on_it_Then_it_does_not_count()
    {
        // Arrange
        var sub = DoNotOpenForCaseworkers(onlyUser: "u1");

        // Act
        var named = Check(DecisionType.DoNotOpen, Caseworker(id: "u1"), sub);
        var colleague = Check(DecisionType.DoNotOpen, Caseworker(id: "u2"), sub);

        // Assert
        Assert.True(named.Allowed);
        Assert.False(colleague.Allowed);
    }

    [Fact]
    public void Given_a_sub_delegation_for_another_decision_When_relied_on_Then_it_does_not_count()
    {
        // Act
        var verdict = Check(DecisionType.ExtendAssessment, Caseworker(), DoNotOpenForCaseworkers());

        // Assert
        Assert.False(verdict.Allowed);
        Assert.Equal("delegation-order:extend-assessment", verdict.RefusedBy);
    }

    [Fact]
    public void Given_no_order_in_force_When_anyone_decides_Then_the_verdict_says_the_order_is_missing()
    {
        // Act
        var verdict = DelegationRules.Check(null, [], DecisionType.OpenInvestigation, Caseworker(), Now);

        // Assert
        Assert.False(verdict.Allowed);
        Assert.True(verdict.OrderMissing);
        Assert.Contains("6 kap. 37 § KL (2017:725)", verdict.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_order_that_does_not_let_a_decision_be_sub_delegated_When_a_sub_delegation_is_relied_on_Then_it_does_not_count()
    {
        // Arrange
        var order = DelegationOrderJson.FromGrants([new DelegationGrant(DecisionType.DoNotOpen, ["teamledare"])]);

        // Act
        var verdict = DelegationRules.Check((order, 1), [DoNotOpenForCaseworkers()], DecisionType.DoNotOpen, Caseworker(), Now);

        // Assert
        Assert.False(verdict.Allowed);
        Assert.Equal("delegation-order:do-not-open", verdict.RefusedBy);
    }

    [Fact]
    public void Given_an_order_in_force_When_a_decision_is_allowed_Then_the_verdict_carries_its_version()
    {
        // Act
        var verdict = Check(DecisionType.OpenInvestigation, Caseworker());

        // Assert
        Assert.Equal(3, verdict.OrderVersion);
    }

    [Fact]
    public void Given_a_municipal_order_When_it_grants_a_caseworker_do_not_open_Then_the_order_allows_it_and_json_round_trips()
    {
        // Arrange
        var order = DelegationOrderJson.FromGrants([new DelegationGrant(DecisionType.DoNotOpen, ["handlaggare"], MayBeSubDelegated: true)]);

        // Act
        var stored = DelegationOrderJson.Deserialize(DelegationOrderJson.Serialize(order));

        // Assert
        Assert.True(stored.Allows(DecisionType.DoNotOpen, "handlaggare"));
        Assert.True(stored.AllowsSubDelegation(DecisionType.DoNotOpen));
        Assert.False(stored.Allows(DecisionType.OpenInvestigation, "handlaggare"));
        Assert.Contains("\"do-not-open\"", DelegationOrderJson.Serialize(order), StringComparison.Ordinal);
    }
}
