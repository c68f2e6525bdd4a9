using System.Text;
using Platform.Contracts.Hosting;

namespace Aspire.AppHost.Postgres;

/// <summary>
/// Per service: a table owner that runs migrations, and a runtime login that owns nothing and
/// cannot bypass row-level security. A psql script, safe to repeat on every start.
/// </summary>
internal static class DatabaseProvisioning
{
    public static string Script()
    {
        var sql = new StringBuilder("\\set ON_ERROR_STOP on\n");
        foreach (var service in PlatformResources.Services)
        {
            var (db, owner, app) = (Id(service.Name), Id(service.OwnerRole), Id(service.AppRole));
            sql.Append($$"""
                \connect postgres
                SELECT format('CREATE ROLE %I', '{{service.OwnerRole}}') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{{service.OwnerRole}}') \gexec
                SELECT format('CREATE ROLE %I', '{{service.AppRole}}') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{{service.AppRole}}') \gexec
                ALTER ROLE {{owner}} LOGIN;
                ALTER ROLE {{app}} LOGIN NOSUPERUSER NOBYPASSRLS;
                SELECT format('CREATE DATABASE %I OWNER %I', '{{service.Name}}', '{{service.OwnerRole}}') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '{{service.Name}}') \gexec
                REVOKE ALL ON DATABASE {{db}} FROM PUBLIC;
                GRANT CONNECT ON DATABASE {{db}} TO {{app}}, {{owner}};
                \connect {{service.Name}}
                GRANT USAGE ON SCHEMA public TO {{app}};
                ALTER DEFAULT PRIVILEGES FOR ROLE {{owner}} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {{app}};
                ALTER DEFAULT PRIVILEGES FOR ROLE {{owner}} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {{app}};

                """);
        }

        return sql.ToString();
    }

    private static string Id(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
