using Marsad.Cli;

return MarsadCli.Run(args, Console.Out, Console.Error);
