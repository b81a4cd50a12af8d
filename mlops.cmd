@echo off
rem Runs the mlops CLI on Windows, building it (Release) first; the incremental build is quick when nothing changed.
if not exist "%~dp0.build\cli\mlops.exe" (
  rem Minimal verbosity prints each project as it is compiled, so the one-off first build is not silent.
  echo mlops: building the CLI: one-off, about 2-3 minutes on 2 cores; later runs start at once 1>&2
  dotnet build "%~dp0src\Mlops.Cli\Mlops.Cli.csproj" -c Release -o "%~dp0.build\cli" --nologo -v m -clp:NoSummary 1>&2 || exit /b 1
)
dotnet build "%~dp0src\Mlops.Cli\Mlops.Cli.csproj" -c Release -o "%~dp0.build\cli" --nologo -v q -clp:ErrorsOnly >nul || (
  dotnet build "%~dp0src\Mlops.Cli\Mlops.Cli.csproj" -c Release -o "%~dp0.build\cli" --nologo -v q -clp:ErrorsOnly
  exit /b 1
)
"%~dp0.build\cli\mlops.exe" %*
