@echo off
rem Runs the mlops CLI on Windows, building it (Release) first; the incremental build is quick when nothing changed.
dotnet build "%~dp0src\Mlops.Cli\Mlops.Cli.csproj" -c Release -o "%~dp0.build\cli" --nologo -v q -clp:ErrorsOnly >nul || (
  dotnet build "%~dp0src\Mlops.Cli\Mlops.Cli.csproj" -c Release -o "%~dp0.build\cli" --nologo -v q -clp:ErrorsOnly
  exit /b 1
)
"%~dp0.build\cli\mlops.exe" %*
