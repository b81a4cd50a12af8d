// Round trip of the npm `mlflow` client (2.0.7, a third-party MLflow client for Node.js) against an MLflow-compatible
// server: create an experiment and a run, log params and metrics, read them back, search. Exits non-zero on any
// mismatch or failed call. Usage: node roundtrip.js http://127.0.0.1:5000
'use strict';
const MLflow = require('mlflow');
const { ViewType, RunStatus } = require('mlflow/enum');

const endpoint = process.argv[2];
if (!endpoint) {
  console.error('usage: node roundtrip.js BASE_URL');
  process.exit(2);
}

// The client logs every POST body to stdout; keep stdout for our own verdict.
console.log = () => {};

function check(condition, what, actual) {
  if (!condition) {
    throw new Error(`${what}; got ${JSON.stringify(actual)}`);
  }
}

const asMap = (pairs) => Object.fromEntries((pairs || []).map((p) => [p.key, p.value]));

async function main() {
  const { Experiments, Runs, Metrics } = new MLflow({ endpoint });
  const name = `npm-roundtrip-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

  const { experiment_id } = await Experiments.create({ name });
  check(typeof experiment_id === 'string' && experiment_id.length > 0, 'experiments/create returns an experiment_id', experiment_id);
  const { experiment } = await Experiments.get({ experiment_id });
  check(experiment.name === name, `experiments/get returns the name ${name}`, experiment.name);

  const created = await Runs.create({ experiment_id, start_time: Date.now(), tags: [{ key: 'mlflow.runName', value: 'npm-run' }] });
  const runId = created.run.info.run_id;
  check(typeof runId === 'string' && runId.length > 0, 'runs/create returns a run_id', created.run.info);

  const now = Date.now();
  await Runs.logParameter({ run_id: runId, key: 'model', value: 'lightgbm' });
  await Runs.logMetric({ run_id: runId, key: 'accuracy', value: 0.97, timestamp: now, step: 0 });
  await Runs.logMetric({ run_id: runId, key: 'accuracy', value: 0.98, timestamp: now + 1, step: 1 });
  await Runs.logBatch({
    run_id: runId,
    metrics: [{ key: 'f1_macro', value: 0.95, timestamp: now, step: 1 }],
    params: [{ key: 'seed', value: '42' }],
    tags: [{ key: 'team', value: 'dotnet' }],
  });
  await Runs.setTag({ run_id: runId, key: 'stage', value: 'roundtrip' });

  const { run } = await Runs.get({ run_id: runId });
  const params = asMap(run.data.params);
  const metrics = asMap(run.data.metrics);
  const tags = asMap(run.data.tags);
  check(params.model === 'lightgbm' && params.seed === '42', 'runs/get returns params model=lightgbm, seed=42', params);
  check(metrics.accuracy === 0.98 && metrics.f1_macro === 0.95, 'runs/get returns latest metrics accuracy=0.98, f1_macro=0.95', metrics);
  check(tags.team === 'dotnet' && tags.stage === 'roundtrip' && tags['mlflow.runName'] === 'npm-run', 'runs/get returns the tags', tags);

  const history = await Metrics.getHistory({ run_id: runId, metric_key: 'accuracy' });
  const points = (history.metrics || []).map((m) => [m.step, m.value]);
  check(JSON.stringify(points) === JSON.stringify([[0, 0.97], [1, 0.98]]), 'metrics/get-history returns both accuracy points in step order', points);

  const found = await Runs.search({
    experiment_ids: [experiment_id],
    filter: "metrics.accuracy > 0.9 and params.model = 'lightgbm'",
    run_view_type: ViewType.ACTIVE_ONLY,
    max_results: 10,
  });
  const foundIds = (found.runs || []).map((r) => r.info.run_id);
  check(foundIds.length === 1 && foundIds[0] === runId, 'runs/search with a matching filter returns the run', foundIds);
  const none = await Runs.search({ experiment_ids: [experiment_id], filter: 'metrics.accuracy > 0.99' });
  check((none.runs || []).length === 0, 'runs/search with a non-matching filter returns no runs', none.runs);

  await Runs.update({ run_id: runId, status: RunStatus.FINISHED, end_time: Date.now() });
  const finished = await Runs.get({ run_id: runId });
  check(finished.run.info.status === 'FINISHED', 'runs/update sets status FINISHED', finished.run.info.status);

  process.stdout.write(`npm mlflow 2.0.7 round trip passed: experiment ${experiment_id}, run ${runId}\n`);
}

main().catch((error) => {
  process.stderr.write(`npm mlflow round trip failed: ${error.message}\n`);
  process.exit(1);
});
