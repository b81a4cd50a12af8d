using Microsoft.Extensions.ObjectPool;

namespace Mlops.Serving.Output;

/// <summary>A 200 application/json answer already written into a pooled buffer; returns the buffer after sending it.</summary>
internal sealed class JsonBytesResult(ResponseBuffer buffer, ObjectPool<ResponseBuffer> pool) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        try
        {
            buffer.Writer.Flush();
            var response = httpContext.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = buffer.Buffer.WrittenCount;
            await response.Body.WriteAsync(buffer.Buffer.WrittenMemory, httpContext.RequestAborted);
        }
        finally
        {
            pool.Return(buffer);
        }
    }
}
