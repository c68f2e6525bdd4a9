using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Intake.Data;

internal static class DbUpdateExceptions
{
    public static bool IsUniqueViolation(this DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
