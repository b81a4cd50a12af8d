"""
pytest plugin: the only change to MLflow 2.10.2's server tests. With PARITY_SERVER=mlops, the server-starting
helpers (_init_server in test_rest_tracking/test_model_registry, _launch_server in test_mlflow_artifacts) start
`mlops server` instead of MLflow's; with PARITY_SERVER=mlflow they are left as they are. Both runs keep only the
SQL-store ("sqlalchemy") parametrisation, since mlops has no file store.
"""
import contextlib
import os
import shlex
import subprocess
import sys

SERVER = os.environ.get("PARITY_SERVER", "mlflow")
MLOPS_CMD = shlex.split(os.environ.get("MLOPS_CMD", "dotnet src/Mlops.Cli/bin/Debug/net10.0/mlops.dll"))


def _start_mlops(port, backend_uri, artifact_args):
    from tests.tracking.integration_test_utils import _await_server_up_or_die

    cmd = [*MLOPS_CMD, "server", "--host", "127.0.0.1", "--port", str(port),
           "--backend-store-uri", backend_uri, *artifact_args]
    proc = subprocess.Popen(cmd, stdout=sys.stderr)
    _await_server_up_or_die(port)
    return proc


@contextlib.contextmanager
def _init_mlops_server(backend_uri, root_artifact_uri, extra_env=None, app="mlflow.server:app"):
    import mlflow
    from tests.helper_functions import LOCALHOST, get_safe_port

    mlflow.set_tracking_uri(None)
    port = get_safe_port()
    # As MLflow's _init_server: clients read and write the artifact root themselves, nothing is proxied.
    proc = _start_mlops(port, backend_uri, ["--default-artifact-root", root_artifact_uri])
    try:
        yield f"http://{LOCALHOST}:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _launch_mlops_server(host, port, backend_store_uri, default_artifact_root, artifacts_destination):
    return _start_mlops(port, backend_store_uri, ["--artifacts-destination", artifacts_destination])


def pytest_collection_modifyitems(session, config, items):
    kept = [i for i in items if not (hasattr(i, "callspec") and "file" in i.callspec.params.values())]
    config.hook.pytest_deselected(items=[i for i in items if i not in kept])
    items[:] = kept
    if SERVER != "mlops":
        return
    for name in ("tests.tracking.test_rest_tracking", "tests.tracking.test_model_registry"):
        if name in sys.modules:
            sys.modules[name]._init_server = _init_mlops_server
    if "tests.tracking.test_mlflow_artifacts" in sys.modules:
        sys.modules["tests.tracking.test_mlflow_artifacts"]._launch_server = _launch_mlops_server
