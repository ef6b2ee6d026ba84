-- POST /api/review with a cookie or a bearer token (from the environment), each connection pausing DELAY_MS
-- between requests so that wrk (closed-loop) offers about connections * 1000 / (DELAY_MS + latency) requests a second.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
if os.getenv("CAREPORTAL_TOKEN") then
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("CAREPORTAL_TOKEN")
end
if os.getenv("CAREPORTAL_COOKIE") then
  wrk.headers["Cookie"] = os.getenv("CAREPORTAL_COOKIE")
end
wrk.body = '{"need":"clothing","text":"Maria Lopez is a hard-working mom whose children are home again after a TTV. Call her at 865-555-0134. She needs a gas card to drive them to school each week, and winter coats for her two boys, sizes 8 and 10."}'
local pause = tonumber(os.getenv("DELAY_MS") or "9")
function delay() return pause end

local failures = 0
function response(status)
  if status ~= 200 then failures = failures + 1 end
end

function done(summary, latency)
  io.write(string.format("RESULT requests=%d seconds=%.1f rate=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
