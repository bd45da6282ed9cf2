namespace Marsad.Tests;

/// <summary>Finds the checkout the tests run from, so tests can read the project's own sample articles.</summary>
public static class RepositoryPaths
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Marsad.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("no Marsad.sln above " + AppContext.BaseDirectory);
    }

    public static string Samples() => Path.Combine(Root(), "samples");
}
