import preset from "@newsroom/eslint-config/next";

export default preset;
