using Marsad.Cli;

namespace Marsad.Tests;

/// <summary>Runs the CLI in-process with captured output.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = MarsadCli.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
