namespace Quality.Domain.Deviations;

internal enum DeviationStatus
{
    Reported,

    Investigated,

    Closed,
}
