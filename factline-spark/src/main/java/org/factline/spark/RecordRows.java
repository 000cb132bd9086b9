package org.factline.spark;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Spark rows and schemas made from the model's records, component by component: a record becomes a struct,
 * a list an array, an enum its name, numbers and booleans themselves. Column names are the components'
 * names in snake case ({@code quoteText} → {@code quote_text}), the convention of Parquet and SQL users and
 * the one {@code factline load} reads back with Jackson's {@code SNAKE_CASE} naming.
 *
 * <p>Deriving both from the records means a field added to the model reaches the tables without anyone
 * remembering to add a column; the loader's round-trip test is what notices a type this class cannot map.
 */
final class RecordRows {

    private RecordRows() {
    }

    /** The struct of a record's components. */
    static StructType schema(Class<? extends Record> type) {
        return new StructType(fields(type).toArray(StructField[]::new));
    }

    /** The fields of a record's components, to be put among other fields. */
    static List<StructField> fields(Class<? extends Record> type) {
        List<StructField> fields = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            fields.add(DataTypes.createStructField(column(c.getName()), dataType(c.getGenericType()),
                    !c.getType().isPrimitive()));
        }
        return fields;
    }

    /** The values of a record's components, in the order of {@link #fields}. */
    static List<Object> values(Record record) {
        List<Object> values = new ArrayList<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            values.add(value(read(c, record)));
        }
        return values;
    }

    /** A row of a record, matching {@link #schema}. */
    static Row row(Record record) {
        return record == null ? null : RowFactory.create(values(record).toArray());
    }

    /** {@code quoteText} → {@code quote_text}, as Jackson's {@code SNAKE_CASE} does for these names. */
    static String column(String component) {
        StringBuilder name = new StringBuilder();
        for (char ch : component.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                name.append('_').append(Character.toLowerCase(ch));
            } else {
                name.append(ch);
            }
        }
        return name.toString().toLowerCase(Locale.ROOT);
    }

    private static DataType dataType(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return DataTypes.createArrayType(dataType(p.getActualTypeArguments()[0]), true);
        }
        if (!(type instanceof Class<?> c)) {
            throw new IllegalArgumentException("no column type for " + type);
        }
        if (c == String.class || c.isEnum()) {
            return DataTypes.StringType;
        }
        if (c == int.class || c == Integer.class) {
            return DataTypes.IntegerType;
        }
        if (c == long.class || c == Long.class) {
            return DataTypes.LongType;
        }
        if (c == double.class || c == Double.class) {
            return DataTypes.DoubleType;
        }
        if (c == boolean.class || c == Boolean.class) {
            return DataTypes.BooleanType;
        }
        if (c.isRecord()) {
            return schema(c.asSubclass(Record.class));
        }
        throw new IllegalArgumentException("no column type for " + c.getName());
    }

    private static Object value(Object value) {
        if (value instanceof Record r) {
            return row(r);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof List<?> list) {
            // Spark's row encoder takes Scala sequences for arrays, not java.util.List.
            return CollectionConverters.asScala(list.stream().map(RecordRows::value).toList()).toSeq();
        }
        return value;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component + " of " + record.getClass().getName(), e);
        }
    }
}
