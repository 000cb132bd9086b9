package org.factline.knowledge.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.factline.model.Span;

/**
 * Binds one row's values to a batched insert in column order, nulls included, so that the writers read
 * like the column lists they fill; and reads nullable values and spans back.
 */
final class Row {

    private final PreparedStatement statement;
    private int column;

    Row(PreparedStatement statement) {
        this.statement = statement;
    }

    Row text(String value) throws SQLException {
        if (value == null) {
            statement.setNull(++column, Types.VARCHAR);
        } else {
            statement.setString(++column, value);
        }
        return this;
    }

    /** An enum by its name, or null. */
    Row name(Enum<?> value) throws SQLException {
        return text(value == null ? null : value.name());
    }

    Row integer(int value) throws SQLException {
        statement.setInt(++column, value);
        return this;
    }

    Row integer(Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(++column, Types.INTEGER);
            return this;
        }
        return integer(value.intValue());
    }

    /** An index into another layer, where -1 stands for none: stored as null. */
    Row index(int value) throws SQLException {
        return integer(value < 0 ? null : value);
    }

    Row number(double value) throws SQLException {
        statement.setDouble(++column, value);
        return this;
    }

    Row number(Double value) throws SQLException {
        if (value == null) {
            statement.setNull(++column, Types.DOUBLE);
            return this;
        }
        return number(value.doubleValue());
    }

    Row flag(boolean value) throws SQLException {
        statement.setBoolean(++column, value);
        return this;
    }

    /** Two columns: start and end offset, both null for no span. */
    Row span(Span span) throws SQLException {
        return integer(span == null ? null : span.start()).integer(span == null ? null : span.end());
    }

    /** Adds the row to the batch and starts the next one. */
    void add() throws SQLException {
        statement.addBatch();
        column = 0;
    }

    static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    /** A nullable index column read back as an index, -1 for none. */
    static int index(ResultSet row, String column) throws SQLException {
        Integer value = integer(row, column);
        return value == null ? -1 : value;
    }

    static Double number(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }

    static Span span(ResultSet row, String start, String end) throws SQLException {
        Integer from = integer(row, start);
        Integer to = integer(row, end);
        return from == null ? null : new Span(from, to);
    }

    static <E extends Enum<E>> E name(ResultSet row, String column, Class<E> type) throws SQLException {
        String value = row.getString(column);
        return value == null ? null : Enum.valueOf(type, value);
    }
}
