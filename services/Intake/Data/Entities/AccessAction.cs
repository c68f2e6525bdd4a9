namespace Intake.Data.Entities;

internal enum AccessAction
{
    Create,
    Read,
    Update,
    List,
}
