-- One MLflow runs/log-metric call per request, stepping a counter so points differ. RUN_ID comes from the environment.
local run_id = os.getenv("RUN_ID")
local step = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

request = function()
  step = step + 1
  local body = string.format('{"run_id":"%s","key":"loss","value":%.6f,"timestamp":%d,"step":%d}',
    run_id, 1 / step, 1700000000000 + step, step)
  return wrk.format(nil, "/api/2.0/mlflow/runs/log-metric", nil, body)
end
