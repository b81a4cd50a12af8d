# syntax=docker/dockerfile:1
# One image for both servers: `mlops serve` (predictions, port 5080) and `mlops server` (MLflow REST API and artifact
# proxy, port 5000); the command line picks which. Linux x64 only (the LightGBM native library is x64).
# tests/Mlops.Cli.Tests/Deploy/DockerfilePublishTests runs the publish step below (the same arguments) on every CI run.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
# Mlops.Training embeds the bundled example (`mlops init` without --data): the repository's params, pipeline, data and examples.
COPY params.yaml pipeline.yaml ./
COPY data/ data/
COPY examples/ examples/
RUN dotnet publish src/Mlops.Cli/Mlops.Cli.csproj -c Release -r linux-x64 --self-contained false -p:UseAppHost=false -o /app
# Chiselled images have no shell or package manager: the data folder is made here and copied in with its owner.
RUN mkdir -p /empty-data

# LightGBM's native library needs the GNU OpenMP runtime, which the chiselled image lacks.
FROM ubuntu:24.04 AS natives
RUN apt-get update && apt-get install -y --no-install-recommends libgomp1 && rm -rf /var/lib/apt/lists/*

FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled AS runtime
COPY --from=natives /usr/lib/x86_64-linux-gnu/libgomp.so.1 /usr/lib/x86_64-linux-gnu/libgomp.so.1
COPY --from=build /app /app
# APP_UID (1654, user "app") is the non-root user the chiselled images define.
COPY --from=build --chown=1654:1654 /empty-data /data
USER 1654
WORKDIR /data
ENV MLOPS_S3_CACHE_DIR=/data/s3-cache
EXPOSE 5080 5000
ENTRYPOINT ["dotnet", "/app/mlops.dll"]
# e.g. docker run IMAGE serve --host 0.0.0.0 --model models:/NAME@champion --tracking-uri postgresql://…
#      docker run IMAGE server --host 0.0.0.0 --backend-store-uri postgresql://… --artifacts-destination s3://bucket/mlops
CMD ["--help"]
