using Mlops.Cli;

return await CliApp.RunAsync(args);
