export const TEMPLATE_DB = 'haat_test_template'
export const TEMPLATE_DUMP_ENV = 'HAAT_TEST_TEMPLATE_DUMP'
