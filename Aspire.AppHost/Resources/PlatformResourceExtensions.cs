namespace Aspire.AppHost.Resources;

public static class PlatformResourceExtensions
{
    /// <summary>Makes <paramref name="resource"/> wait for <paramref name="dependency"/> and receive its connection details.</summary>
    public static TResource WithReference<TResource>(this TResource resource, PlatformResource dependency)
        where TResource : PlatformResource
    {
        resource.AddReference(dependency);
        return resource;
    }
}
