using System.Text.Json;
using Assessment.Data;
using Intake.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Platform.Contracts;
using Platform.BuildingBlocks.Messaging;
using Platform.BuildingBlocks.Persistence;

namespace Platform.BuildingBlocks.Tests.Persistence;

public sealed class KebabCaseEnumColumnsTests
{
    public static TheoryData<Type> ContractEnums => [.. typeof(IIntegrationEvent).Assembly.GetExportedTypes().Where(t => t.IsEnum)];

    [Theory]
    [MemberData(nameof(ContractEnums))]
    public void Given_a_contract_enum_When_each_value_is_stored_and_read_back_Then_it_round_trips_in_the_spelling_of_the_events(Type enumType)
    {
        // Arrange
        var converter = (ValueConverter)Activator.CreateInstance(typeof(KebabCaseEnumColumns.Converter<>).MakeGenericType(enumType))!;

        foreach (var value in Enum.GetValues(enumType))
        {
            // Act
            var stored = (string)converter.ConvertToProvider(value)!;
            var sent = JsonSerializer.Serialize(value, enumType, MessageJson.Options);

            // Assert
            Assert.Equal(value, converter.ConvertFromProvider(stored));
            Assert.Equal(JsonSerializer.Serialize(stored), sent);
            Assert.Equal(value, JsonSerializer.Deserialize(sent, enumType, MessageJson.Options));
            Assert.Equal(value, JsonSerializer.Deserialize(JsonSerializer.Serialize(value.ToString()), enumType, MessageJson.Options));
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", stored);
            Assert.InRange(stored.Length, 1, KebabCaseEnumColumns.MaxLength);
        }
    }

    [Fact]
    public void Given_the_service_models_When_built_Then_every_enum_column_and_enum_array_element_has_the_kebab_case_converter()
    {
        // Arrange
        using var intake = new IntakeDesignTimeFactory().CreateDbContext([]);
        using var assessment = new AssessmentDesignTimeFactory().CreateDbContext([]);

        // Act
        var columns = EnumColumns(intake.Model).Concat(EnumColumns(assessment.Model)).ToList();

        // Assert
        Assert.Contains(columns, c => c.Column == "reports.concern_categories");
        Assert.Contains(columns, c => c.Column == "assessment_reports.concern_categories");
        Assert.Contains(columns, c => c.Column == "assessments.triage");
        Assert.All(columns, c => Assert.Equal(typeof(KebabCaseEnumColumns.Converter<>).MakeGenericType(c.EnumType), c.Converter?.GetType()));
        Assert.All(columns, c => Assert.Equal(Kebab(c.EnumType), Stored(c.Property, c.EnumType)));
    }

    [Fact]
    public void Given_a_stored_dotnet_name_When_read_Then_it_fails_instead_of_becoming_a_default()
    {
        // Arrange
        var converter = new KebabCaseEnumColumns.Converter<Platform.Contracts.Intake.ConcernCategory>();

        // Act
        var read = () => converter.ConvertFromProvider("SubstanceUse");

        // Assert
        Assert.Throws<InvalidOperationException>(read);
        Assert.Equal("substance-use", KebabCaseEnumColumns.Name(Platform.Contracts.Intake.ConcernCategory.SubstanceUse));
    }

    private static string[] Kebab(Type enumType) => [.. Enum.GetNames(enumType).Select(JsonNamingPolicy.KebabCaseLower.ConvertName)];

    /// <summary>What the provider's mapping writes for every value: one column's type mapping, or an array's element by element.</summary>
    private static string[] Stored(IProperty property, Type enumType)
    {
        var values = Enum.GetValues(enumType);
        var converter = property.GetTypeMapping().Converter!;
        return property.IsPrimitiveCollection
            ? [.. ((IEnumerable<object>)converter.ConvertToProvider(ArrayOf(enumType, values))!).Cast<string>()]
            : [.. values.Cast<object>().Select(v => (string)converter.ConvertToProvider(v)!)];
    }

    private static Array ArrayOf(Type enumType, Array values)
    {
        var array = Array.CreateInstance(enumType, values.Length);
        Array.Copy(values, array, values.Length);
        return array;
    }

    private static IEnumerable<(string Column, Type EnumType, ValueConverter? Converter, IProperty Property)> EnumColumns(IModel model)
    {
        foreach (var entity in model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                var column = $"{entity.GetTableName()}.{property.GetColumnName()}";
                var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                if (type.IsEnum)
                {
                    yield return (column, type, property.GetValueConverter(), property);
                }
                else if (property.GetElementType() is { ClrType.IsEnum: true } element)
                {
                    yield return (column, element.ClrType, element.GetValueConverter(), property);
                }
            }
        }
    }
}
