-- The last version this service gave each aggregate whose events carry its whole state: the next
-- event of an aggregate takes the next number, under this row's lock, so versions follow commit order.
create table aggregate_versions (
    aggregate text   primary key,
    version   bigint not null
);

-- The newest version of each aggregate a consumer has applied: an older event that arrives late
-- (a retry, a redelivery) is not applied over a newer one.
create table applied_versions (
    consumer  text   not null,
    aggregate text   not null,
    version   bigint not null,
    primary key (consumer, aggregate)
);
