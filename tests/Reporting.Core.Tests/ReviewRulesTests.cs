using Reporting.Core.Review;

namespace Reporting.Core.Tests;

/// <summary>The review state machine: submitted -> accepted | returned, decided once per version, current and unlocked only.</summary>
public sealed class ReviewRulesTests
{
    [Theory]
    [InlineData(SubmissionState.Submitted, ReviewDecision.Accept, null)]
    [InlineData(SubmissionState.Submitted, ReviewDecision.Return, null)]
    [InlineData(SubmissionState.Accepted, ReviewDecision.Accept, ReviewRefusalKind.AlreadyDecided)]
    [InlineData(SubmissionState.Accepted, ReviewDecision.Return, ReviewRefusalKind.AlreadyDecided)]
    [InlineData(SubmissionState.Returned, ReviewDecision.Accept, ReviewRefusalKind.AlreadyDecided)]
    [InlineData(SubmissionState.Returned, ReviewDecision.Return, ReviewRefusalKind.AlreadyDecided)]
    public void Check_CurrentUnlockedVersion_IsDecidedOnlyFromSubmitted(SubmissionState state, ReviewDecision decision, ReviewRefusalKind? refused) =>
        Assert.Equal(refused, ReviewRules.Check(7, state, isCurrent: true, decision, "lý do", lockedPeriod: null)?.Kind);

    [Fact]
    public void Check_SupersededVersion_IsRefusedBeforeAnythingElse() =>
        Assert.Equal(ReviewRefusalKind.NotCurrent, ReviewRules.Check(7, SubmissionState.Accepted, isCurrent: false, ReviewDecision.Accept, null, "2026-08")!.Kind);

    [Fact]
    public void Check_LockedPeriod_IsRefused_NamingThePeriodInBothLanguages()
    {
        var refusal = ReviewRules.Check(7, SubmissionState.Submitted, isCurrent: true, ReviewDecision.Accept, null, "2026-08")!;

        Assert.Equal(ReviewRefusalKind.Locked, refusal.Kind);
        Assert.Equal("the period 2026-08 is issued and locked: an analyst must reopen it before submission 7 can be reviewed", refusal.Message);
        Assert.Equal("kỳ 2026-08 đã ban hành và khóa: chuyên viên phải mở lại kỳ trước khi xem xét báo cáo 7", refusal.MessageVi);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Check_ReturnWithoutReason_IsRefused(string? reason) =>
        Assert.Equal(ReviewRefusalKind.NoReason, ReviewRules.Check(7, SubmissionState.Submitted, true, ReviewDecision.Return, reason, null)!.Kind);

    [Theory]
    [InlineData(SubmissionState.Submitted)]
    [InlineData(SubmissionState.Accepted)]
    [InlineData(SubmissionState.Returned)]
    public void StateText_ReadsBackAsTheSameState(SubmissionState state) => Assert.Equal(state, ReviewRules.Parse(ReviewRules.Text(state)));
}
