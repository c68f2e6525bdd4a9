using Intake.Domain.Identity;
using Intake.Domain.Reports;
using Platform.Contracts.Intake;
using Platform.ServiceDefaults.Problems;

namespace Intake.Features.RegisterReport;

internal static class ChildValidation
{
    public static NewReport.Child? Validate(RegisterReportRequest.ChildFields? child, DateOnly today, ValidationErrors errors)
    {
        if (child is null)
        {
            errors.Add("child", "Required: an identity number or a temporary identity.");
            return null;
        }

        var hasNumber = !string.IsNullOrWhiteSpace(child.IdentityNumber);
        if (hasNumber == (child.TemporaryIdentity is not null))
        {
            errors.Add("child", "Give either identityNumber or temporaryIdentity, not both or neither.");
            return null;
        }

        var isProtected = child.ProtectedIdentity ?? false;
        if (hasNumber)
        {
            if (!IdentityNumber.TryParse(child.IdentityNumber, today, out var number, out var error))
            {
                errors.Add("child.identityNumber", error!);
                return null;
            }

            return new NewReport.Child(number, null, number!.BirthDate, number.Gender, isProtected);
        }

        return Temporary(child.TemporaryIdentity!, today, isProtected, errors);
    }

    private static NewReport.Child? Temporary(RegisterReportRequest.TemporaryIdentityFields identity, DateOnly today, bool isProtected, ValidationErrors errors)
    {
        var valid = true;
        var name = string.IsNullOrWhiteSpace(identity.KnownName) ? null : identity.KnownName.Trim();
        if (name?.Length > IntakeLimits.NameLength)
        {
            valid = false;
            errors.Add("child.temporaryIdentity.knownName", $"At most {IntakeLimits.NameLength} characters.");
        }

        DateOnly? birthDate = null;
        if (identity.BirthDate is not null)
        {
            if (Instants.TryParseDate(identity.BirthDate, out var date) && date <= today)
            {
                birthDate = date;
            }
            else
            {
                valid = false;
                errors.Add("child.temporaryIdentity.birthDate", "A date not in the future, yyyy-MM-dd.");
            }
        }

        var gender = LegalGender.Unknown;
        if (identity.Gender is not null && !KebabEnum.TryParse(identity.Gender, out gender))
        {
            valid = false;
            errors.Add("child.temporaryIdentity.gender", "One of: " + KebabEnum.Names<LegalGender>() + ".");
        }

        return valid ? new NewReport.Child(null, name, birthDate, gender, isProtected) : null;
    }
}
