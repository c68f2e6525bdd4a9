namespace Platform.ServiceDefaults.OpenApi;

/// <summary>
/// On a request's text property or query parameter that the endpoint parses as an enum itself (so
/// that a bad value is a field error): the document then lists the enum's kebab-case values for it.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class WireEnumAttribute(Type enumType) : Attribute
{
    /// <summary>The enum whose values the text takes.</summary>
    public Type EnumType { get; } = enumType;
}
