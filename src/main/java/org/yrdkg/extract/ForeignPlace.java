package org.yrdkg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A foreign country, or an international grouping or world region (欧盟, 一带一路沿线国家, 中东), from
 * {@code gazetteer/foreign.tsv}.
 *
 * @param name           standard Chinese short name, e.g. 德国
 * @param altNames       other names, e.g. 阿拉伯联合酋长国 for 阿联酋
 * @param iso3166Alpha2  ISO 3166-1 alpha-2 code; empty for a grouping
 * @param enLabel        English label
 */
public record ForeignPlace(String name, List<String> altNames, String iso3166Alpha2, String enLabel)
        implements GazetteerEntry {

    public ForeignPlace {
        altNames = List.copyOf(altNames);
    }

    /** Whether this is a grouping of states or a world region rather than one state. */
    public boolean isGrouping() {
        return iso3166Alpha2.isEmpty();
    }

    @Override
    public List<String> surfaceForms() {
        List<String> forms = new ArrayList<>();
        forms.add(name);
        forms.addAll(altNames);
        return List.copyOf(forms);
    }
}
