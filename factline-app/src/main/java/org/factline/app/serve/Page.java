package org.factline.app.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Which part of a list a client asked for: {@code limit} items from {@code offset}. */
record Page(int offset, int limit) {

    /** {@code {"total": N, "offset": O, "limit": L, "items": […]}}, the items of the page written by {@code item}. */
    <T> Map<String, Object> of(List<T> all, Function<T, Object> item) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("total", all.size());
        o.put("offset", offset);
        o.put("limit", limit);
        int from = Math.min(offset, all.size());
        int to = (int) Math.min((long) from + limit, all.size());
        o.put("items", all.subList(from, to).stream().map(item).toList());
        return o;
    }
}
