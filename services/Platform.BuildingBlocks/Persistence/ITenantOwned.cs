namespace Platform.BuildingBlocks.Persistence;

/// <summary>
/// A row that belongs to one tenant. Such rows are filtered by the tenant in every query, stamped
/// with it on insert, and guarded by row-level security in the database.
/// </summary>
public interface ITenantOwned
{
    /// <summary>The owning municipality's kommunkod (or region's länskod).</summary>
    string TenantId { get; set; }
}
