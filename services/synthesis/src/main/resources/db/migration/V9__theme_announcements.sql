-- A theme whose change is to be announced (ThemeUpdated): set by each text or re-clustering that
-- changes it, cleared by the announcer, which publishes at most once a second per theme.
alter table themes add column announce_due boolean not null default false;
create index themes_announce_due on themes (id) where announce_due;
