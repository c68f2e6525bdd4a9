namespace Platform.Contracts.Investigation;

/// <summary>Why a decided intervention ended without being carried out, or was delayed.</summary>
public enum UnexecutedReason
{
    /// <summary>The family or the young person declined it.</summary>
    Declined,

    /// <summary>No suitable home, provider or resource was found.</summary>
    NoResource,

    /// <summary>The child's needs or situation changed.</summary>
    NeedsChanged,

    /// <summary>The child moved to another municipality.</summary>
    Moved,

    /// <summary>Another reason, recorded in the case.</summary>
    Other,
}
