#!/bin/sh
# Runs MLflow 2.10.2's own server tests (tests/tracking/test_rest_tracking.py, test_model_registry.py,
# test_mlflow_artifacts.py) against `mlops server` or MLflow's server. No MLflow code lives here: MLFLOW_SRC must
# hold MLflow's v2.10.2 source (its mlflow/ and tests/ folders), run with Debian's Python packages.
# Usage: tests/mlflow-suite/run.sh mlops|mlflow [pytest args]   (build src/Mlops.Cli first for mlops)
set -eu
server="${1:?usage: run.sh mlops|mlflow [pytest args]}"; shift
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
src="${MLFLOW_SRC:-/work/mlflow-src}"
tests="${TESTS:-tests/tracking/test_rest_tracking.py tests/tracking/test_model_registry.py tests/tracking/test_mlflow_artifacts.py}"
bin="$(mktemp -d)"
trap 'rm -rf "$bin"' EXIT
# test_mlflow_artifacts starts `mlflow server` by name.
printf '#!/bin/sh\nPYTHONPATH=%s exec /usr/bin/python3 -m mlflow "$@"\n' "$src" > "$bin/mlflow"
chmod +x "$bin/mlflow"
cd "$src"
# shellcheck disable=SC2086
PATH="$bin:$PATH" PYTHONPATH="$src:$here" PARITY_SERVER="$server" \
  MLOPS_CMD="${MLOPS_CMD:-dotnet $repo/src/Mlops.Cli/bin/Debug/net10.0/mlops.dll}" \
  /usr/bin/python3 -m pytest -p parity_plugin -p no:cacheprovider -q -rf --tb=line $tests "$@"
