using WorkflowArchive.Domain.Loans;

namespace WorkflowArchive.Host.Application;

/// <summary>An original handed out on a retrieval request; <see cref="Overdue"/> once its due-back date has passed in La Paz.</summary>
public sealed record LoanView(Guid Id, string OrderNumber, string RequestNumber, string LentTo, DateTimeOffset LentAt, string? LentBy,
    DateOnly DueBackOn, bool Overdue, DateTimeOffset? ReturnedAt, string? ReturnedBy)
{
    public static LoanView From(OriginalLoan loan, string orderNumber, DateOnly today) => new(loan.Id, orderNumber, loan.RequestNumber,
        loan.LentTo, loan.LentAt, loan.LentBy, loan.DueBackOn, loan.IsOut && loan.DueBackOn < today, loan.ReturnedAt, loan.ReturnedBy);
}
