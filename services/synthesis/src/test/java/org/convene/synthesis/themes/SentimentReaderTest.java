package org.convene.synthesis.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.convene.synthesis.themes.SentimentReader.Sentiment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real model: plain sentences, not the anchors themselves, read as a person would. */
class SentimentReaderTest {

    private static final SentimentReader READER = new SentimentReader(new TextEmbedder());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The midwife was lovely and explained everything clearly | POSITIVE",
        "Brilliant youth club, my son loves going there | POSITIVE",
        "The receptionist shouted at my mother and nobody apologised | NEGATIVE",
        "Three weeks and still no reply to my complaint | NEGATIVE",
        "No comments | NEUTRAL",
        "N/A | NEUTRAL"})
    void readsThePlainFeelingOfAText(String text, Sentiment expected) {
        assertEquals(expected, READER.read(new TextEmbedder().embed(text)), text);
    }
}
