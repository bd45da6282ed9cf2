using System.CommandLine;
using Marsad.Cli.Commands;

namespace Marsad.Cli;

/// <summary>The command tree, declared in one place. Output goes to the writers given, so tests can capture it.</summary>
public static class MarsadCli
{
    /// <summary>Exit code when every input was handled.</summary>
    public const int Success = 0;
    /// <summary>Exit code when at least one input failed (the others were still processed).</summary>
    public const int SomeInputsFailed = 1;
    /// <summary>Exit code for a command line that cannot be understood.</summary>
    public const int UsageError = 2;

    public static RootCommand BuildRoot(TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Marsad (مرصد): Arabic news intelligence — clean, deduplicate, annotate and cluster Arabic articles.");
        root.Subcommands.Add(AnalyzeCommand.Create(output, error));
        root.Subcommands.Add(TrainCommand.Create(output, error));
        root.Subcommands.Add(EvalCommand.Create(output, error));
        root.Subcommands.Add(IngestCommand.Create(output, error));
        root.Subcommands.Add(DemoCommand.Create(output, error));
        root.Subcommands.Add(ProcessCommand.Create(output, error));
        root.Subcommands.Add(DupsCommand.Create(output, error));
        root.Subcommands.Add(StoriesCommand.Create(output, error));
        root.Subcommands.Add(ServeCommand.Create(output, error));
        root.Subcommands.Add(ReindexCommand.Create(output, error));
        root.Subcommands.Add(EventsCommand.Create(output, error));
        root.Subcommands.Add(EntitiesCommand.Create(output, error));
        root.Subcommands.Add(SearchCommand.Create(output, error));
        root.Subcommands.Add(WorkerCommand.Create(output, error));
        root.Subcommands.Add(WorkerCommand.CreateEnqueue(output, error));
        root.Subcommands.Add(FeedsCommand.Create(output, error));
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = BuildRoot(output, error);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) error.WriteLine($"marsad: {e.Message}");
            error.WriteLine("Try 'marsad --help'.");
            return UsageError;
        }
        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
