package org.yrdkg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A cross-regional or informal area of planning text (长三角, 苏北, 长江经济带) from {@code gazetteer/areas.tsv}.
 *
 * @param key         stable ASCII identifier, e.g. {@code northern-jiangsu}
 * @param name        canonical Chinese name
 * @param altNames    other names and abbreviations, never one character long
 * @param memberCodes division codes the area consists of; empty where the membership is not fixed (浙东, 沿海)
 * @param enLabel     English label
 */
public record Area(String key, String name, List<String> altNames, List<String> memberCodes, String enLabel)
        implements GazetteerEntry {

    public Area {
        altNames = List.copyOf(altNames);
        memberCodes = List.copyOf(memberCodes);
    }

    @Override
    public List<String> surfaceForms() {
        List<String> forms = new ArrayList<>();
        forms.add(name);
        forms.addAll(altNames);
        return List.copyOf(forms);
    }
}
