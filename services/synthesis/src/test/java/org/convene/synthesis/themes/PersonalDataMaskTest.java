package org.convene.synthesis.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataMaskTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a UK mobile with spaces             | call me on 07700 900 123 please          | call me on [phone] please
            a landline with a space             | ring 0113 496 0000 today                 | ring [phone] today
            an international number             | or +44 7700 900123 after six             | or [phone] after six
            a number in brackets                | (0113) 496-0000 is the ward              | [phone] is the ward
            an e-mail address with a plus       | write to ann.lee+nhs@example.co.uk now   | write to [email] now
            an e-mail address in capitals       | ANN_LEE@EXAMPLE.ORG wrote                | [email] wrote
            an NHS number with spaces           | my NHS number is 943 476 5919            | my NHS number is [NHS number]
            an NHS number with dashes           | NHS no. 943-476-5919 on file             | NHS no. [NHS number] on file
            an NHS number written together      | 9434765919 is mine                       | [NHS number] is mine
            a National Insurance number         | NI QQ123456C was wrong                   | NI [NI number] was wrong
            a National Insurance number spaced  | my NI is qq 12 34 56 c ok                | my NI is [NI number] ok
            a postcode                          | I live at LS1 4DY near the park          | I live at [postcode] near the park
            a London postcode                   | we moved to SW1A 1AA last year           | we moved to [postcode] last year
            a postcode in small letters         | near m1 1ae station                      | near [postcode] station
            a web address                       | see https://example.org/me for more      | see [link] for more
            words and small numbers stay        | waited 3 hours for 2 nurses in ward 12   | waited 3 hours for 2 nurses in ward 12
            a year stays                        | since 2019 the queue is long             | since 2019 the queue is long
            """)
    void masks(String form, String text, String masked) {
        assertEquals(masked, PersonalDataMask.mask(text), form);
    }
}
