-- The API and the events have always offered HEARD ("we have heard this"); the table refused it (a 500).
alter table theme_responses drop constraint theme_responses_status_check;
alter table theme_responses add constraint theme_responses_status_check
    check (status in ('HEARD', 'PLANNED', 'IN_PROGRESS', 'DONE', 'NOT_PLANNED'));
