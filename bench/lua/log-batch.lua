-- MLflow runs/log-batch with 1,000 metrics per request (MLflow's limit): 10 keys x 100 steps, built once per thread.
local run_id = os.getenv("RUN_ID")
local metrics = {}
for i = 0, 999 do
  local step = math.floor(i / 10)
  metrics[#metrics + 1] = string.format('{"key":"metric_%d","value":%.6f,"timestamp":%d,"step":%d}',
    i % 10, i / 1000, 1700000000000 + step, step)
end
wrk.method = "POST"
wrk.path = "/api/2.0/mlflow/runs/log-batch"
wrk.headers["Content-Type"] = "application/json"
wrk.body = string.format('{"run_id":"%s","metrics":[%s]}', run_id, table.concat(metrics, ","))
