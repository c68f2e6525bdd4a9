namespace Quality.Data.Configurations;

internal static class Lengths
{
    public const int Tenant = 4;
    public const int Unit = 100;
    public const int Key = 40;
    public const int Indicator = 60;
    public const int YearMonth = 7;
    public const int Text = 4000;
}
