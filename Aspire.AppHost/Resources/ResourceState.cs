namespace Aspire.AppHost.Resources;

public enum ResourceState
{
    NotStarted,
    Starting,
    Healthy,
    Skipped,
    Failed,
    Stopping,
    Stopped,
}
