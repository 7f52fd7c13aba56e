using System.Buffers;
using System.Collections.Concurrent;

namespace Reporting.Excel.Reports;

/// <summary>
/// A write-only stream that hands what is written to another thread, which writes it to the inner stream: a large
/// sheet's rows are made on one core while the zip entry compresses them on the other.
/// </summary>
internal sealed class HandOffStream : Stream
{
    private const int ChunkSize = 1 << 16;

    private readonly Stream inner;
    private readonly BlockingCollection<(byte[] Chunk, int Count)> written = new(boundedCapacity: 8);
    private readonly Task writer;
    private byte[] chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
    private int used;
    private bool disposed;

    /// <param name="inner">Written to on another thread only, and disposed when this stream is.</param>
    public HandOffStream(Stream inner)
    {
        this.inner = inner;
        writer = Task.Factory.StartNew(WriteAll, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => !disposed;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        while (buffer.Length > 0)
        {
            var n = Math.Min(buffer.Length, ChunkSize - used);
            buffer[..n].CopyTo(chunk.AsSpan(used));
            used += n;
            buffer = buffer[n..];
            if (used == ChunkSize)
            {
                HandOff();
            }
        }
    }

    /// <summary>Bytes are handed off in whole chunks; the last one when the stream is disposed.</summary>
    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !disposed)
        {
            disposed = true;
            try
            {
                if (used > 0)
                {
                    HandOff();
                }
            }
            finally
            {
                written.CompleteAdding();
                try
                {
                    // The inner stream's errors (a full disk) surface here, on the writing thread.
                    writer.GetAwaiter().GetResult();
                }
                finally
                {
                    written.Dispose();
                    inner.Dispose();
                }
            }
        }

        base.Dispose(disposing);
    }

    private void HandOff()
    {
        try
        {
            written.Add((chunk, used));
        }
        catch (InvalidOperationException)
        {
            // Only a failed writing thread stops taking chunks: its error is the one to report.
            writer.GetAwaiter().GetResult();
            throw;
        }

        (chunk, used) = (ArrayPool<byte>.Shared.Rent(ChunkSize), 0);
    }

    private void WriteAll()
    {
        try
        {
            foreach (var (full, count) in written.GetConsumingEnumerable())
            {
                inner.Write(full, 0, count);
                ArrayPool<byte>.Shared.Return(full);
            }
        }
        catch
        {
            // Stop the producer's waiting for room; it then reports this error.
            written.CompleteAdding();
            throw;
        }
    }
}
