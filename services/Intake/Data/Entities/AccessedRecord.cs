namespace Intake.Data.Entities;

internal enum AccessedRecord
{
    Report,
    Child,
}
