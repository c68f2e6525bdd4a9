namespace Platform.BuildingBlocks.AccessLog;

/// <summary>What was done with a person's case data.</summary>
public enum AccessAction
{
    /// <summary>One record was shown.</summary>
    Read,

    /// <summary>The record was one of a list that was shown.</summary>
    List,

    /// <summary>The record was created or changed.</summary>
    Write,
}
