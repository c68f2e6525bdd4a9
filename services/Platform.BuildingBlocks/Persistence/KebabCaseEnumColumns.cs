using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Platform.BuildingBlocks.Persistence;

/// <summary>
/// Every enum column, and every element of an enum array column, holds the value's kebab-case name
/// (<c>annan-kannedom</c>): the spelling of the API and of the events, so that a value reads the same
/// in a request, on the bus and in a table.
/// </summary>
public static class KebabCaseEnumColumns
{
    /// <summary>The length of an enum column (<c>character varying(40)</c>).</summary>
    public const int MaxLength = 40;

    /// <summary>The kebab-case name of a value, as it is stored and sent.</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => Converter<TEnum>.ToName(value);

    /// <summary>Gives every enum property, and the elements of every enum array, the kebab-case converter.</summary>
    internal static void Apply(IMutableModel model)
    {
        foreach (var property in model.GetEntityTypes().SelectMany(e => e.GetDeclaredProperties()))
        {
            if (EnumType(property.ClrType) is { } enumType)
            {
                property.SetValueConverter(For(enumType));
                property.SetMaxLength(property.GetMaxLength() ?? MaxLength);
            }
            else if (property.GetElementType() is { } element && EnumType(element.ClrType) is { } elementType)
            {
                element.SetValueConverter(For(elementType));
            }
        }
    }

    private static string Kebab(string name) => JsonNamingPolicy.KebabCaseLower.ConvertName(name);

    private static Type? EnumType(Type type) => (Nullable.GetUnderlyingType(type) ?? type) is { IsEnum: true } enumType ? enumType : null;

    private static ValueConverter For(Type enumType) =>
        (ValueConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(enumType))!;

    /// <summary>One enum type to and from its kebab-case names. An unknown stored name fails the read, never becomes a default value.</summary>
    internal sealed class Converter<TEnum>() : ValueConverter<TEnum, string>(v => ToName(v), s => FromName(s))
        where TEnum : struct, Enum
    {
        private static readonly Dictionary<TEnum, string> Names = Enum.GetValues<TEnum>().ToDictionary(v => v, v => Kebab(v.ToString()));

        private static readonly Dictionary<string, TEnum> Values = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

        internal static string ToName(TEnum value) =>
            Names.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a named {typeof(TEnum).Name}.");

        internal static TEnum FromName(string name) =>
            Values.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"'{name}' is not a {typeof(TEnum).Name}; stored enum values are kebab-case.");
    }
}
