using Intake.Data;
using Intake.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace Intake.Features.RegisterReport;

/// <summary>
/// Issues case numbers from a per-municipality, per-year counter row. The upsert locks the row
/// until the registering transaction ends, so numbers are unique, and a rolled-back registration
/// gives its number back.
/// </summary>
internal sealed class CaseNumbers(IntakeDbContext db)
{
    public async Task<string> NextAsync(string tenant, int year, CancellationToken cancellationToken)
    {
        // ToListAsync, not SingleAsync: a LINQ operator would wrap the INSERT in a sub-select.
        var issued = await db.Database.SqlQuery<int>($"""
            INSERT INTO case_number_counters (tenant_id, year, last_number) VALUES ({tenant}, {year}, 1)
            ON CONFLICT (tenant_id, year) DO UPDATE SET last_number = case_number_counters.last_number + 1
            RETURNING last_number AS "Value"
            """).ToListAsync(cancellationToken);
        return CaseNumber.Format(year, issued.Single());
    }
}
