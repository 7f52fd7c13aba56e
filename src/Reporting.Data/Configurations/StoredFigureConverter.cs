using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Reporting.Data.Configurations;

/// <summary>Maps a decimal property to its <see cref="StoredFigure"/> column (whole millionths).</summary>
internal sealed class StoredFigureConverter() : ValueConverter<decimal, long>(v => StoredFigure.ToMillionths(v), v => StoredFigure.FromMillionths(v));
