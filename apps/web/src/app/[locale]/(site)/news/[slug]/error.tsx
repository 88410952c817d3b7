"use client";

// This segment reports CMS outages like the rest of the site (the error page of the site frame).
export { default } from "../../error";
