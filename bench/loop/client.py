"""Background client of bench/loop: keeps POSTing one row to /predict (two in flight) until SIGTERM, and writes one
line per answer: "<unix time> <HTTP status or 0 for a connection error> <model version the response names or ->".
Usage: client.py URL ROW_JSON_FILE OUT_FILE"""
import json
import signal
import sys
import threading
import time
import urllib.error
import urllib.request

url, row_file, out_file = sys.argv[1], sys.argv[2], sys.argv[3]
body = open(row_file, "rb").read()
stop = threading.Event()
signal.signal(signal.SIGTERM, lambda *_: stop.set())
lock = threading.Lock()
out = open(out_file, "w", buffering=1)


def send():
    while not stop.is_set():
        request = urllib.request.Request(url.rstrip("/") + "/predict", data=body, headers={"Content-Type": "application/json"})
        version = "-"
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                status = response.status
                version = json.loads(response.read()).get("model", {}).get("version", "-")
        except urllib.error.HTTPError as e:
            status = e.code
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            status = 0
        with lock:
            out.write(f"{time.time():.3f} {status} {version}\n")


threads = [threading.Thread(target=send) for _ in range(2)]
for t in threads:
    t.start()
while not stop.is_set():
    stop.wait(0.2)
for t in threads:
    t.join()
out.close()
